from django.urls import path

from . import views

app_name = "resources"

urlpatterns = [
    path("<slug:kind>/<int:pk>/", views.download, name="download"),
]
