# struct packing and binascii/hex conversions.
import struct
import binascii
b = struct.pack("<IhB", 1, -2, 255)
print repr(b), len(b), struct.unpack("<IhB", b), struct.calcsize("<IhB"), struct.calcsize("IhB")
print repr(struct.pack(">d", 1.5)), struct.unpack(">d", struct.pack(">d", 0.1)), repr(struct.pack("3s", "abcdef")), repr(struct.pack("?q", True, -1))
print binascii.hexlify("\x00\xffAB"), repr(binascii.unhexlify("41ff")), binascii.crc32("hello"), binascii.b2a_base64("hi")
try:
    struct.pack("B", 256)
except struct.error as e:
    print "struct.error", e
try:
    struct.unpack("I", "ab")
except struct.error as e:
    print "struct.error", e
