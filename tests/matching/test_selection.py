"""The company's list: the best matches, with seats kept for people whose 様式2 has at most one row."""

from matching.selection import NEWCOMER_MIN_POINTS, shortlist


def people(*pairs):
    """(total, rows) pairs, ranked best first as the caller gives them."""
    return sorted(
        ({"total": t, "rows": r, "id": i} for i, (t, r) in enumerate(pairs)), key=lambda p: -p["total"]
    )


def pick(ranked, k, share):
    return shortlist(ranked, k, total=lambda p: p["total"], rows=lambda p: p["rows"], share=share)


def test_seats_go_to_the_best_newcomers_and_the_list_stays_in_score_order():
    ranked = people((90, 4), (85, 3), (80, 5), (75, 2), (70, 1), (60, 0), (55, 1), (20, 1))
    shown = pick(ranked, 4, share=0.5)
    assert [p["total"] for p, _seat in shown] == [90, 85, 70, 60]  # two best, two best newcomers
    assert [seat for _p, seat in shown] == [False, False, True, True]


def test_a_newcomer_seat_still_needs_a_real_match_and_empty_seats_go_back():
    ranked = people((90, 4), (85, 3), (80, 5), (NEWCOMER_MIN_POINTS - 1, 0))
    shown = pick(ranked, 3, share=0.34)
    assert [p["total"] for p, _seat in shown] == [90, 85, 80]
    assert not any(seat for _p, seat in shown)


def test_no_share_is_the_plain_top_k():
    ranked = people((90, 4), (85, 0), (80, 5), (75, 0))
    assert [p["total"] for p, _ in pick(ranked, 2, share=0.0)] == [90, 85]


def test_a_newcomer_among_the_best_takes_no_seat():
    ranked = people((90, 1), (85, 3), (80, 5), (40, 1))
    shown = pick(ranked, 3, share=0.34)
    assert [p["total"] for p, _seat in shown] == [90, 85, 40]
    assert [seat for _p, seat in shown] == [False, False, True]
