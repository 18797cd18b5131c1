from django.urls import path

from . import company_views, views

app_name = "matching"

urlpatterns = [
    path("", views.index, name="index"),
    path("settings/", views.settings_view, name="settings"),
    path("<int:pk>/", views.detail, name="detail"),
    path("offers/", views.offers_view, name="offers"),
    path("offers/<int:pk>/", views.offer_detail, name="offer"),
    path("offers/blocks/<int:pk>/remove/", views.unblock_view, name="unblock"),
    # The company side (members of an approved 企業 organisation, two-step verification).
    path("company/", company_views.home, name="company_home"),
    path("company/postings/new/", company_views.posting_new, name="company_posting_new"),
    path("company/postings/<int:pk>/edit/", company_views.posting_edit, name="company_posting_edit"),
    path("company/postings/<int:pk>/close/", company_views.posting_close, name="company_posting_close"),
    path(
        "company/postings/<int:pk>/candidates/", company_views.posting_candidates, name="company_candidates"
    ),
    path(
        "company/postings/<int:pk>/candidates/<str:ref>/offer/", company_views.offer_new, name="company_offer"
    ),
]
