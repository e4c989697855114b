from django.urls import include, path

from . import views

urlpatterns = [
    path("", views.overview, name="account_overview"),
    path("", include("allauth.urls")),
]
