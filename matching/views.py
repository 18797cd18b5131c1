from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from .forms import MatchingProfileForm
from .models import MatchingProfile
from .scoring import TRAINING_URL
from .service import match_for, published, recommendations


@login_required
def index(request):
    profile = MatchingProfile.objects.filter(user=request.user).first()
    return render(
        request,
        "matching/index.html",
        {"items": recommendations(request.user), "profile": profile, "training_url": TRAINING_URL},
    )


@login_required
def detail(request, pk: int):
    posting = get_object_or_404(published(), pk=pk)
    return render(
        request,
        "matching/detail.html",
        {"posting": posting, "match": match_for(request.user, posting), "training_url": TRAINING_URL},
    )


@login_required
def settings_view(request):
    profile = MatchingProfile.objects.filter(user=request.user).first() or MatchingProfile(user=request.user)
    form = MatchingProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("マッチングの設定を保存しました。"))
        return redirect("matching:settings")
    return render(request, "matching/settings.html", {"form": form, "profile": profile})
