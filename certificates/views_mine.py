"""Placeholder: being written."""

from django.http import Http404


def my_certificates(request, *args, **kwargs):
    raise Http404


def download(request, *args, **kwargs):
    raise Http404
