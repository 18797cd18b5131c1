from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LifelineConfig(AppConfig):
    name = "lifeline"
    verbose_name = _("ライフラインチャート")

    def ready(self):
        from accounts.export import register_export_section

        register_export_section("lifeline", _export, covers=["lifeline.LifelinePoint"])


def _export(user):
    """「登録データのダウンロード」: the points of the person's life-line chart, card by card."""
    from .models import LifelinePoint

    points = LifelinePoint.objects.filter(card__owner=user).order_by("card_id", "age", "pk")
    return [
        {"age": p.age, "satisfaction": p.satisfaction, "event": p.event, "updated_at": p.updated_at}
        for p in points
    ]
