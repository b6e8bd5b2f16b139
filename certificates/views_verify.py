"""Placeholder: being written."""

from django.http import Http404


def verify_json(request, *args, **kwargs):
    raise Http404


def verify_page(request, *args, **kwargs):
    raise Http404


def verify_form(request, *args, **kwargs):
    raise Http404
