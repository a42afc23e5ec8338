#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_evtx (fuzz/corpus/fuzz_evtx/): small synthetic chunks in the
compact form the harness expands (see fuzz_evtx.cpp), covering every BinXML token and value
type the reader decodes, plus a few broken whole files. Run it from anywhere; it is
deterministic, so the committed files can be regenerated and reviewed."""
import os
import struct
import zlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", "fuzz_evtx")


class Chunk:
    def __init__(self):
        self.b = bytearray(512)
        self.names = {}

    def pos(self):
        return len(self.b)

    def put(self, fmt, *v):
        self.b += struct.pack("<" + fmt, *v)

    def name(self, n):
        if n in self.names:
            self.put("I", self.names[n])
            return
        at = self.pos() + 4
        self.names[n] = at
        self.put("IIHH", at, 0, 0, len(n))
        self.b += n.encode("utf-16-le") + b"\0\0"

    def open(self, n, attrs=False):
        self.put("BHI", 0x41 if attrs else 0x01, 0xFFFF, 0)
        self.name(n)
        if attrs:
            self.put("I", 0)

    def attr(self, n):
        self.put("B", 0x06)
        self.name(n)

    def text(self, s):
        self.put("BBH", 0x05, 0x01, len(s))
        self.b += s.encode("utf-16-le")

    def sub(self, index, vtype, optional=False):
        self.put("BHB", 0x0E if optional else 0x0D, index, vtype)

    def data(self, field, index, vtype):
        self.open("Data", True)
        self.attr("Name")
        self.text(field)
        self.put("B", 0x02)
        self.sub(index, vtype, optional=(index % 2 == 1))
        self.put("B", 0x04)


def nested_binxml(c):
    """A BinXML value (0x21): a fragment with one element, its name shared with the template."""
    text = "nested".encode("utf-16-le")
    return (struct.pack("<BBBB", 0x0F, 1, 1, 0) + struct.pack("<BHII", 0x01, 0xFFFF, 0, c.names["Data"])
            + struct.pack("<BBBH", 0x02, 0x05, 0x01, 6) + text + b"\x04\x00")


VALUES = [  # (type, bytes, field name)
    (0x01, "Microsoft-Windows-WindowsUpdateClient".encode("utf-16-le"), None),
    (0x06, struct.pack("<H", 20), None),
    (0x04, b"\x02", None),
    (0x15, struct.pack("<Q", 0x8000000000000018), None),
    (0x11, struct.pack("<Q", 131125471716816406), None),
    (0x13, bytes.fromhex("010100000000000512000000"), None),
    (0x02, b"ANSI text \x01\xa6", "ansi"),
    (0x03, b"\xff", "int8"),
    (0x05, struct.pack("<h", -2), "int16"),
    (0x07, struct.pack("<i", -3), "int32"),
    (0x08, struct.pack("<I", 4), "uint32"),
    (0x09, struct.pack("<q", -5), "int64"),
    (0x0A, struct.pack("<Q", 6), "uint64"),
    (0x0B, struct.pack("<f", 1.5), "float"),
    (0x0C, struct.pack("<d", 2.25), "double"),
    (0x0D, struct.pack("<I", 1), "bool"),
    (0x0E, b"\xde\xad\xbe\xef", "binary"),
    (0x0F, bytes(range(16)), "guid"),
    (0x10, struct.pack("<Q", 0x1000), "size"),
    (0x12, struct.pack("<8H", 2016, 7, 5, 8, 18, 12, 51, 681), "systemtime"),
    (0x14, struct.pack("<I", 0x800F0922), "errorCode"),
    (0x81, "a\0bc\0".encode("utf-16-le"), "strings"),
    (0x88, struct.pack("<3I", 1, 2, 3), "uint32s"),
    (0x00, b"", "null"),
    (0x21, nested_binxml, "xml"),
]
FIRST_DATA = 6


def template(c):
    c.put("I", 0)
    c.b += bytes.fromhex("f4c3e6a1b2c3d4e5f60718293a4b5c6d")
    size_at = c.pos()
    c.put("I", 0)
    start = c.pos()
    c.put("BBBB", 0x0F, 1, 1, 0)
    c.open("Event", True)
    c.attr("xmlns")
    c.text("http://schemas.microsoft.com/win/2004/08/events/event")
    c.put("B", 0x02)
    c.open("System")
    c.put("B", 0x02)
    c.open("Provider", True)
    c.attr("Name")
    c.sub(0, 0x01)
    c.put("B", 0x03)
    for tag, index, vtype in (("EventID", 1, 0x06), ("Level", 2, 0x04), ("Keywords", 3, 0x15)):
        c.open(tag)
        c.put("B", 0x02)
        c.sub(index, vtype)
        c.put("B", 0x04)
    c.open("TimeCreated", True)
    c.attr("SystemTime")
    c.sub(4, 0x11)
    c.put("B", 0x03)
    c.open("Security", True)
    c.attr("UserID")
    c.sub(5, 0x13, optional=True)
    c.put("B", 0x03)
    c.put("B", 0x04)  # </System>
    c.open("EventData")
    c.put("B", 0x02)
    for i, (vtype, _, field) in enumerate(VALUES[FIRST_DATA:], FIRST_DATA):
        c.data(field, i, vtype)
    c.open("Data", True)  # entity, char reference, CDATA and PI content
    c.attr("Name")
    c.text("refs")
    c.put("B", 0x02)
    c.text("R")
    c.put("B", 0x09)
    c.name("amp")
    c.put("BH", 0x08, ord("D"))
    c.put("BH", 0x07, 3)
    c.b += "x<y".encode("utf-16-le")
    c.put("B", 0x0A)
    c.name("pi")
    c.put("BH", 0x0B, 2)
    c.b += "ok".encode("utf-16-le")
    c.put("B", 0x04)
    c.put("BB", 0x04, 0x04)  # </EventData></Event>
    c.put("B", 0x00)
    struct.pack_into("<I", c.b, size_at, c.pos() - start)


def record(c, rid, templ, values):
    start = c.pos()
    c.put("IIQQ", 0x2A2A, 0, rid, 131125471716816406 + rid)
    c.put("BBBB", 0x0F, 1, 1, 0)
    c.put("BBI", 0x0C, 1, 0xA1E6C3F4)
    if templ[0] == 0:
        templ[0] = c.pos() + 4
        c.put("I", templ[0])
        template(c)
    else:
        c.put("I", templ[0])
    values = [(t, d(c) if callable(d) else d, f) for t, d, f in values]
    c.put("I", len(values))
    for vtype, data, _ in values:
        c.put("HBB", len(data), vtype, 0)
    for _, data, _ in values:
        c.b += data
    size = c.pos() - start + 4
    c.put("I", size)
    struct.pack_into("<I", c.b, start + 4, size)


def chunk_header(c, first, last):
    free = c.pos()
    b = c.b
    b[0:8] = b"ElfChnk\0"
    struct.pack_into("<QQQQII", b, 8, first, last, first, last, 128, 512)
    struct.pack_into("<I", b, 48, free)
    return bytes(b)


def main():
    os.makedirs(OUT, exist_ok=True)
    seeds = {}

    c = Chunk()
    t = [0]
    record(c, 1, t, VALUES)
    vals2 = list(VALUES)
    vals2[5] = (0x00, b"", None)  # NULL optional SID: attribute dropped
    record(c, 2, t, vals2)
    full = chunk_header(c, 1, 2)
    seeds["chunk_two_records.bin"] = full
    seeds["chunk_header_truncated.bin"] = full[:300]
    seeds["chunk_first_record_cut.bin"] = full[: 512 + 200]
    # A record whose template is referenced before it is defined (offset past the record).
    bad = bytearray(full)
    second = 512 + struct.unpack_from("<I", full, 516)[0]
    struct.pack_into("<I", bad, second + 24 + 4 + 6, len(full) - 8)
    seeds["chunk_dangling_template.bin"] = bytes(bad)
    # Self-referencing template: the definition offset points at the instance itself.
    loop = bytearray(full)
    struct.pack_into("<I", loop, second + 24 + 4 + 6, second + 24 + 4)
    seeds["chunk_template_loop.bin"] = bytes(loop)

    # Whole files: header only, header with a cut chunk header, and a non-EVTX text.
    header = bytearray(4096)
    header[0:8] = b"ElfFile\0"
    struct.pack_into("<QQQIHHHH", header, 8, 0, 0, 3, 128, 1, 3, 4096, 1)
    struct.pack_into("<I", header, 124, zlib.crc32(bytes(header[:120])))
    seeds["file_header_only.evtx"] = bytes(header[:512])
    seeds["file_cut_in_chunk_header.evtx"] = bytes(header) + full[:200]
    seeds["not_evtx.txt"] = b"2016-07-08 18:12:51, Info CBS Starting TrustedInstaller\r\n"

    for name, data in seeds.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
    print("wrote", len(seeds), "seeds,", sum(len(d) for d in seeds.values()), "bytes")


if __name__ == "__main__":
    main()
