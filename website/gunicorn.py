"""
Gunicorn settings shared by the Docker image and `make bench`
(`gunicorn --config python:website.gunicorn ...`).
"""

import gc


def post_worker_init(worker):
    """
    Once a worker has loaded Django, Wagtail and the site, its start-up
    objects (hundreds of thousands) are moved out of the garbage collector's
    sight. Otherwise every full collection walks them all: one request in
    twenty took 100 ms longer (a site search at 10,000 resources: p95 157 ms,
    74 ms with this).
    """
    gc.freeze()
