/// The Python program sitegen runs with WeasyPrint's own interpreter to make one PDF: WeasyPrint's
/// Python API with a URL fetcher of sitegen's, which reads only files inside the folder being
/// rendered and nothing from the network. The `weasyprint` command cannot be told so: its fetcher
/// reads any `file:` address and any host, which let a document attach /proc/self/environ or
/// make the build machine send requests (the security review's findings 1 and 2).
///
/// Run as `python SCRIPT ROOT HTML PDF`, or `python SCRIPT --check`, which prints `pdf/ua-1` when
/// this WeasyPrint can write PDF/UA-1. It works with the fetcher API of WeasyPrint 70 (a
/// `URLFetcher` class) and with the function of older versions (`default_url_fetcher`).
enum WeasyPrintScript {
    static let source = #"""
    # sitegen's PDF maker: WeasyPrint, allowed to read files inside ROOT only.
    import mimetypes
    import os
    import sys
    import urllib.parse
    import urllib.request

    import resource
    import signal

    # Started from a thread of sitegen's, this process inherits its blocked signals: clear them,
    # so that a stop reaches it. And bound its memory, which a hostile picture could take.
    signal.pthread_sigmask(signal.SIG_SETMASK, set())
    _limit = int(os.environ.get('SITEGEN_PDF_MEMORY_LIMIT', '0') or 0)
    if _limit > 0:
        _hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        if _hard != resource.RLIM_INFINITY:
            _limit = min(_limit, _hard)
        resource.setrlimit(resource.RLIMIT_AS, (_limit, _hard))

    if sys.argv[1:] == ['--check']:
        try:
            from weasyprint.pdf import VARIANTS
            print(' '.join(VARIANTS))
        except Exception:
            pass
        sys.exit(0)

    import weasyprint

    ROOT, HTML_FILE, PDF_FILE = (os.path.realpath(arg) for arg in sys.argv[1:4])


    def local_file(url):
        """The real path of a file: URL inside ROOT, symbolic links resolved; else an error."""
        parts = urllib.parse.urlsplit(url)
        if parts.scheme.lower() != 'file' or parts.netloc not in ('', 'localhost'):
            raise ValueError(f'sitegen: a PDF may not load {url!r}')
        path = os.path.realpath(urllib.request.url2pathname(parts.path))
        if os.path.commonpath([ROOT, path]) != ROOT or not os.path.isfile(path):
            raise ValueError(f'sitegen: a PDF may not load {url!r}, outside the site')
        return path


    def is_data(url):
        # data: addresses hold their bytes and read nothing.
        return urllib.parse.urlsplit(url).scheme.lower() == 'data'


    def mime_type(path):
        return mimetypes.guess_type(path)[0] or 'application/octet-stream'


    try:
        from weasyprint.urls import URLFetcher, URLFetcherResponse
    except ImportError:  # WeasyPrint before the URLFetcher class: a function
        URLFetcher = None

    if URLFetcher is not None:
        class SiteFetcher(URLFetcher):
            def fetch(self, url, headers=None):
                if is_data(url):
                    return super().fetch(url, headers)
                path = local_file(url)
                return URLFetcherResponse(url, open(path, 'rb'), {'Content-Type': mime_type(path)})

        fetcher = SiteFetcher()
    else:
        def fetcher(url, *args, **kwargs):
            if is_data(url):
                return weasyprint.default_url_fetcher(url)
            path = local_file(url)
            return {'file_obj': open(path, 'rb'), 'mime_type': mime_type(path),
                    'redirected_url': url, 'filename': os.path.basename(path)}

    weasyprint.HTML(filename=HTML_FILE, url_fetcher=fetcher).write_pdf(PDF_FILE, pdf_variant='pdf/ua-1')
    """#
}
