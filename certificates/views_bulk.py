"""Placeholder: being written."""

from django.http import Http404


def bulk_list(request, *args, **kwargs):
    raise Http404


def bulk_new(request, *args, **kwargs):
    raise Http404


def bulk_detail(request, *args, **kwargs):
    raise Http404


def bulk_progress_view(request, *args, **kwargs):
    raise Http404


def bulk_download_pdf(request, *args, **kwargs):
    raise Http404


def bulk_download_zip(request, *args, **kwargs):
    raise Http404
