"""``manage.py fairness_report [--size N] [--k K] [--json]``: the four-fifths check (synthetic people)."""

import json

from django.core.management.base import BaseCommand

from matching import fairness


class Command(BaseCommand):
    help = "合成した利用者集団で、求人ごとの上位k人の選ばれ方を属性別に比べます（4/5ルール）。"

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=10_000, help="合成する人数（既定 10,000）")
        parser.add_argument("--k", type=int, default=50, help="求人ごとに選ぶ人数（既定 50）")
        parser.add_argument("--postings", type=int, default=200, help="求人の数（既定 200）")
        parser.add_argument("--counterfactual", type=int, default=300, help="反実仮想で確かめる人数")
        parser.add_argument(
            "--newcomer-share",
            type=float,
            default=None,
            help="経験の浅い方（様式2が1件以下）の枠の割合（既定は MATCHING_NEWCOMER_SHARE。0 で枠なし）",
        )
        parser.add_argument("--json", action="store_true", help="結果を JSON で出力します")

    def handle(self, *args, **options):
        result = fairness.run(
            size=options["size"], k=options["k"], postings=options["postings"],
            counterfactual=options["counterfactual"], newcomer_share=options["newcomer_share"],
        )  # fmt: skip
        if options["json"]:
            self.stdout.write(json.dumps(result, ensure_ascii=False))
            return
        w = self.stdout.write
        w(f"合成した人数: {result['population']:,}　求人: {result['postings']}")
        share = result["newcomer_share"]
        w(f"求人ごとに選ぶ人数（上位k）: {result['k']}（うち経験の浅い方の枠 {share:.0%}）")
        for attribute, rates in result["selection_rates"].items():
            if attribute.endswith("_sizes"):
                continue
            w(f"\n[{attribute}] 選ばれた率（比 {result['selection_rate_ratios'][attribute]:.3f}）")
            sizes = result["selection_rates"][attribute + "_sizes"]
            for group, rate in rates.items():
                w(f"  {group:8} 人数 {sizes[group]:6,}  選ばれた率 {rate:.5f}")
        verdict = "満たす" if result["passes_four_fifths"] else "満たさない"
        w(f"\n最小の比: {result['min_selection_rate_ratio']:.3f}（目標 {result['target']} 以上：{verdict}）")

        w(f"様式2の行数ごとの選ばれた率: {result['selection_rate_by_work_history_rows']}")
        w(f"同じ行数の人どうしでの比（属性別・行数別）: {result['ratios_by_work_history_rows']}")
        w(
            f"反実仮想: {result['counterfactual_checked']:,} 件のうち点数が変わったもの "
            f"{result['counterfactual_changed_scores']} 件"
        )
        w("\n代理変数になりうるもの:")
        for item in result["proxies"]:
            read = "使う" if item["read"] else "使わない"
            w(f"  - {item['proxy']}（{item['for']} の代理）: {read}。{item['done']}")
            if item["measured"]:
                w(f"    測定: 卒業からの年数の平均 {item['measured']}")
        w(f"\n所要時間: {result['seconds']} 秒")
