from django.urls import path

from . import views

app_name = "partner_api"

urlpatterns = [
    path("me/", views.MeView.as_view(), name="me"),
    path("me/contact/", views.ContactView.as_view(), name="contact"),
    path("card/", views.CardView.as_view(), name="card"),
    path("card/sheets/<str:code>/", views.SheetView.as_view(), name="sheet"),
    path("resume/", views.ResumeView.as_view(), name="resume"),
    path("diagnosis/", views.DiagnosisView.as_view(), name="diagnosis"),
    path("card/sheets/3-2/proposals/", views.ProposalCreateView.as_view(), name="proposals"),
    path("card/sheets/3-2/proposals/<int:proposal_id>/", views.ProposalDetailView.as_view(), name="proposal"),
    path(
        "card/sheets/3-3/proposals/",
        views.EvaluationProposalCreateView.as_view(),
        name="evaluation_proposals",
    ),
    path(
        "card/sheets/3-3/proposals/<int:proposal_id>/",
        views.EvaluationProposalDetailView.as_view(),
        name="evaluation_proposal",
    ),
    path("profile/proposals/", views.BasicsProposalCreateView.as_view(), name="basics_proposals"),
    path(
        "profile/proposals/<int:proposal_id>/",
        views.BasicsProposalDetailView.as_view(),
        name="basics_proposal",
    ),
]
