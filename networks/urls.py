"""The pages a roster member's emails link to (networks/views.py)."""

from django.urls import path

from . import views

app_name = "networks"

urlpatterns = [
    path("reply/<str:token>/", views.rsvp, name="rsvp"),
    path("leave/<str:token>/", views.leave, name="leave"),
]
