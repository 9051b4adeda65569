# ruff: noqa: F821 - names starting with _host are injected by the session
"""Public API for display tools in IPython (the sandbox's ``IPython.display``).

Run by the sandbox.  The classes follow IPython's ``IPython.core.display``; the
functions ``display``, ``update_display`` and ``clear_output`` are the session's own
(``_host_display``...).  Nothing here reads files or URLs: ``filename=`` is refused until
the sandbox has a file system, ``url=`` only where IPython does not download it
(``Image(url=...)``), and ``Javascript`` is refused (see SECURITY.md).
"""

import copy
import html
import json
from binascii import b2a_base64

display = _host_display
update_display = _host_update_display
clear_output = _host_clear_output

_PNG = b'\x89PNG\r\n\x1a\n'
_JPEG = b'\xff\xd8'


class DisplayHandle:
    """A handle on an updatable display

    Call `.update(obj)` to display a new object.

    Call `.display(obj`) to add a new instance of this display,
    and update existing instances.
    """

    def __init__(self, display_id=None):
        if display_id is None:
            display_id = _host_new_id()
        self.display_id = display_id

    def __repr__(self):
        return f"<{self.__class__.__name__} display_id={self.display_id}>"

    def display(self, obj, **kwargs):
        """Make a new display with my id, updating existing instances."""
        display(obj, display_id=self.display_id, **kwargs)

    def update(self, obj, **kwargs):
        """Update existing displays with my id"""
        update_display(obj, display_id=self.display_id, **kwargs)


def _no_files(filename):
    if filename is not None:
        raise OSError("filename= is not available: the sandbox has no file system yet "
                      "(pass the data itself)")


def _no_download(cls, url):
    if url is not None:
        raise OSError(f"{cls.__name__}(url=...) would download in the kernel: the sandbox "
                      "has no network (pass the data itself)")


class DisplayObject:
    """An object that wraps data to be displayed."""

    _read_flags = 'r'
    _show_mem_addr = False
    metadata = None

    def __init__(self, data=None, url=None, filename=None, metadata=None):
        """Create a display object given raw data.

        When this object is returned by an expression or passed to the
        display function, it will result in the data being displayed
        in the frontend. The MIME type of the data should match the
        subclasses used, so the Png subclass should be used for 'image/png'
        data.
        """
        if data is not None and isinstance(data, str):
            if data.startswith('http') and url is None:
                url = data
                filename = None
                data = None
        _no_files(filename)
        self.url = url
        self.filename = filename
        self.data = data
        if metadata is not None:
            self.metadata = metadata
        elif self.metadata is None:
            self.metadata = {}
        self.reload()
        self._check_data()

    def __repr__(self):
        if not self._show_mem_addr:
            cls = self.__class__
            r = f"<{cls.__module__}.{cls.__name__} object>"
        else:
            r = super().__repr__()
        return r

    def _check_data(self):
        """Override in subclasses if there's something to check."""
        pass

    def _data_and_metadata(self):
        """shortcut for returning metadata with shape information, if defined"""
        if self.metadata:
            return self.data, copy.deepcopy(self.metadata)
        else:
            return self.data

    def reload(self):
        """Reload the raw data from file or URL (refused in the sandbox)."""
        _no_files(self.filename)
        _no_download(type(self), self.url)


class TextDisplayObject(DisplayObject):
    """Create a text display object given raw data."""

    def _check_data(self):
        if self.data is not None and not isinstance(self.data, str):
            raise TypeError(f"{self.__class__.__name__} expects text, not {self.data!r}")


class Pretty(TextDisplayObject):

    def __repr__(self):
        return self.data


class HTML(TextDisplayObject):

    def _repr_html_(self):
        return self._data_and_metadata()

    def __html__(self):
        """
        This method exists to inform other HTML-using modules (e.g. Markupsafe,
        htmltag, etc) that this object is HTML and does not need things like
        special characters (<>&) escaped.
        """
        return self._repr_html_()


class Markdown(TextDisplayObject):

    def _repr_markdown_(self):
        return self._data_and_metadata()


class Math(TextDisplayObject):

    def _repr_latex_(self):
        s = r"$\displaystyle {}$".format(self.data.strip('$'))
        if self.metadata:
            return s, copy.deepcopy(self.metadata)
        else:
            return s


class Latex(TextDisplayObject):

    def _repr_latex_(self):
        return self._data_and_metadata()


class SVG(DisplayObject):
    """Embed an SVG into the display."""

    _read_flags = 'rb'
    _data = None

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, svg):
        if svg is None:
            self._data = None
            return
        if isinstance(svg, bytes):
            svg = svg.decode('utf-8', 'replace')
        start = svg.find('<svg')
        if start > 0:  # drop the XML prolog and doctype, keep the <svg> element
            svg = svg[start:]
        self._data = svg

    def _repr_svg_(self):
        return self._data_and_metadata()


class JSON(DisplayObject):
    """JSON expects a JSON-able dict or list

    not an already-serialized JSON string.

    Scalar types (None, number, string) are not allowed, only dict or list containers.
    """

    _data = None

    def __init__(self, data=None, url=None, filename=None, expanded=False, metadata=None,
                 root='root', **kwargs):
        self.metadata = {
            'expanded': expanded,
            'root': root,
        }
        if metadata:
            self.metadata.update(metadata)
        if kwargs:
            self.metadata.update(kwargs)
        super().__init__(data=data, url=url, filename=filename)

    def _check_data(self):
        if self.data is not None and not isinstance(self.data, (dict, list)):
            raise TypeError(f"{self.__class__.__name__} expects JSONable dict or list, not {self.data!r}")

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if isinstance(data, str):
            if self.filename is None and self.url is None:
                import warnings
                warnings.warn("JSON expects JSONable dict or list, not JSON strings", stacklevel=2)
            data = json.loads(data)
        self._data = data

    def _data_and_metadata(self):
        return self.data, self.metadata

    def _repr_json_(self):
        return self._data_and_metadata()


class Javascript(TextDisplayObject):
    """Refused in the sandbox: JavaScript would run in the user's browser."""

    def __init__(self, data=None, url=None, filename=None, lib=None, css=None):
        raise PermissionError(
            "IPython.display.Javascript is not available in the sandbox: JavaScript runs "
            "in the user's browser with the notebook's privileges")


class Code(TextDisplayObject):
    """Display syntax-highlighted source code.

    This uses Pygments to highlight the code for HTML and Latex output.
    """

    def __init__(self, data=None, url=None, filename=None, language=None):
        self.language = language
        super().__init__(data=data, url=url, filename=filename)

    def __repr__(self):
        return self.data

    def _repr_html_(self):
        result = _host_highlight(self.data, self.language, "html")
        if result is None:
            return "<pre>" + html.escape(self.data) + "</pre>"
        return result

    def _repr_latex_(self):
        return _host_highlight(self.data, self.language, "latex")


def _pngxy(data):
    """read the (width, height) from a PNG header"""
    import struct
    ihdr = data.index(b'IHDR')
    return struct.unpack('>ii', data[ihdr + 4:ihdr + 12])


def _jpegxy(data):
    """read the (width, height) from a JPEG header"""
    import struct
    idx = 4
    while True:
        block_size = struct.unpack('>H', data[idx:idx + 2])[0]
        idx = idx + block_size
        if data[idx:idx + 2] == b'\xFF\xC0':
            iSOF = idx
            break
        else:
            idx += 2
    h, w = struct.unpack('>HH', data[iSOF + 5:iSOF + 9])
    return w, h


def _gifxy(data):
    """read the (width, height) from a GIF header"""
    import struct
    return struct.unpack('<HH', data[6:10])


def _splitext(s):
    slash = s.rfind('/')
    dot = s.rfind('.')
    if dot > slash + 1:
        return s[:dot], s[dot:]
    return s, ''


class Image(DisplayObject):

    _read_flags = 'rb'
    _FMT_JPEG = 'jpeg'
    _FMT_PNG = 'png'
    _FMT_GIF = 'gif'
    _ACCEPTABLE_EMBEDDINGS = [_FMT_JPEG, _FMT_PNG, _FMT_GIF]
    _MIMETYPES = {
        _FMT_PNG: 'image/png',
        _FMT_JPEG: 'image/jpeg',
        _FMT_GIF: 'image/gif',
    }

    def __init__(self, data=None, url=None, filename=None, format=None, embed=None,
                 width=None, height=None, retina=False, unconfined=False, metadata=None,
                 alt=None):
        """Create a PNG/JPEG/GIF image object given raw data (bytes), or a URL that the
        browser loads (``url=``, not embedded).  ``filename=`` needs a file system."""
        _no_files(filename)
        if url is not None:
            ext = self._find_ext(url)
        elif data is None:
            raise ValueError("No image data found. Expecting filename, url, or data.")
        elif isinstance(data, str) and data.startswith('http'):
            ext = self._find_ext(data)
        elif isinstance(data, str):
            raise OSError("Image(str) reads a file: the sandbox has no file system yet "
                          "(pass the image's bytes)")
        else:
            ext = None
        if format is None:
            if ext is not None:
                if ext == 'jpg' or ext == 'jpeg':
                    format = self._FMT_JPEG
                elif ext == 'png':
                    format = self._FMT_PNG
                elif ext == 'gif':
                    format = self._FMT_GIF
                else:
                    format = ext.lower()
            elif isinstance(data, bytes):
                if data[:2] == _JPEG:
                    format = self._FMT_JPEG
        if format is None:
            format = self._FMT_PNG
        if format.lower() == 'jpg':
            format = self._FMT_JPEG
        self.format = format.lower()
        self.embed = embed if embed is not None else (url is None)
        if self.embed and self.format not in self._ACCEPTABLE_EMBEDDINGS:
            raise ValueError(f"Cannot embed the '{self.format}' image format")
        if self.embed:
            self._mimetype = self._MIMETYPES.get(self.format)
        self.width = width
        self.height = height
        self.retina = retina
        self.unconfined = unconfined
        self.alt = alt
        super().__init__(data=data, url=url, filename=filename, metadata=metadata)
        if self.width is None and self.metadata.get('width', {}):
            self.width = metadata['width']
        if self.height is None and self.metadata.get('height', {}):
            self.height = metadata['height']
        if self.alt is None and self.metadata.get("alt", {}):
            self.alt = metadata["alt"]
        if retina:
            self._retina_shape()

    def _retina_shape(self):
        """load pixel-doubled width and height from image data"""
        if not self.embed:
            return
        if self.format == self._FMT_PNG:
            w, h = _pngxy(self.data)
        elif self.format == self._FMT_JPEG:
            w, h = _jpegxy(self.data)
        elif self.format == self._FMT_GIF:
            w, h = _gifxy(self.data)
        else:
            return
        self.width = w // 2
        self.height = h // 2

    def reload(self):
        """Reload the raw data from file or URL."""
        if self.embed:
            super().reload()
            if self.retina:
                self._retina_shape()

    def _repr_html_(self):
        if not self.embed:
            width = height = klass = alt = ""
            if self.width:
                width = f' width="{self.width:d}"'
            if self.height:
                height = f' height="{self.height:d}"'
            if self.unconfined:
                klass = ' class="unconfined"'
            if self.alt:
                alt = f' alt="{html.escape(self.alt)}"'
            return f'<img src="{self.url}"{width}{height}{klass}{alt}/>'

    def _repr_mimebundle_(self, include=None, exclude=None):
        """Return the image as a mimebundle"""
        if self.embed:
            mimetype = self._mimetype
            data, metadata = self._data_and_metadata(always_both=True)
            if metadata:
                metadata = {mimetype: metadata}
            return {mimetype: data}, metadata
        else:
            return {'text/html': self._repr_html_()}

    def _data_and_metadata(self, always_both=False):
        """shortcut for returning metadata with shape information, if defined"""
        try:
            b64_data = b2a_base64(self.data, newline=False).decode("ascii")
        except TypeError as e:
            raise FileNotFoundError(
                f"No such file or directory: '{self.data}'") from e
        md = {}
        if self.metadata:
            md.update(self.metadata)
        if self.width:
            md['width'] = self.width
        if self.height:
            md['height'] = self.height
        if self.unconfined:
            md['unconfined'] = self.unconfined
        if self.alt:
            md["alt"] = self.alt
        if md or always_both:
            return b64_data, md
        else:
            return b64_data

    def _repr_png_(self):
        if self.embed and self.format == self._FMT_PNG:
            return self._data_and_metadata()

    def _repr_jpeg_(self):
        if self.embed and self.format == self._FMT_JPEG:
            return self._data_and_metadata()

    def _find_ext(self, s):
        base, ext = _splitext(s)
        if not ext:
            return base
        return ext[1:].lower()


def _display_mimetype(mimetype, objs, raw=False, metadata=None):
    if metadata:
        metadata = {mimetype: metadata}
    if raw:
        objs = [{mimetype: obj} for obj in objs]
    display(*objs, raw=raw, metadata=metadata, include=[mimetype])


def display_pretty(*objs, **kwargs):
    """Display the pretty (default) representation of an object."""
    _display_mimetype('text/plain', objs, **kwargs)


def display_html(*objs, **kwargs):
    """Display the HTML representation of an object."""
    _display_mimetype('text/html', objs, **kwargs)


def display_markdown(*objs, **kwargs):
    """Displays the Markdown representation of an object."""
    _display_mimetype('text/markdown', objs, **kwargs)


def display_svg(*objs, **kwargs):
    """Display the SVG representation of an object."""
    _display_mimetype('image/svg+xml', objs, **kwargs)


def display_png(*objs, **kwargs):
    """Display the PNG representation of an object."""
    _display_mimetype('image/png', objs, **kwargs)


def display_jpeg(*objs, **kwargs):
    """Display the JPEG representation of an object."""
    _display_mimetype('image/jpeg', objs, **kwargs)


def display_latex(*objs, **kwargs):
    """Display the LaTeX representation of an object."""
    _display_mimetype('text/latex', objs, **kwargs)


def display_json(*objs, **kwargs):
    """Display the JSON representation of an object."""
    _display_mimetype('application/json', objs, **kwargs)


def publish_display_data(data, metadata=None, source=None, *, transient=None, **kwargs):
    """Publish data and metadata to all frontends."""
    display(data, raw=True, metadata=metadata, transient=transient, **kwargs)
