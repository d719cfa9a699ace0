# SPDX-License-Identifier: Apache-2.0
"""Unit tests for the 2.7 tokenizer: token stream, encodings, positions."""

import unittest

from pytrans.parse.tokenizer import (Source, tokenize, NAME, NUMBER, STRING, OP, NEWLINE,
                                     INDENT, DEDENT, ENDMARKER, ERRORTOKEN, decode_utf8_27)


def kinds(data):
    return [t[0] for t in tokenize(Source(data, 'f.py'))]


class TokenizerTest(unittest.TestCase):
    def test_block_structure(self):
        self.assertEqual(kinds(b'if x:\n    y\n'),
                         [NAME, NAME, OP, NEWLINE, INDENT, NAME, NEWLINE, DEDENT,
                          NEWLINE, ENDMARKER])  # 2.7's extra NEWLINE at EOF

    def test_blank_and_comment_lines_make_no_tokens(self):
        self.assertEqual(kinds(b'\n# c\n   \nx\n'), [NAME, NEWLINE, NEWLINE, ENDMARKER])

    def test_tabs_count_to_multiples_of_eight(self):
        toks = tokenize(Source(b'if 1:\n\tx\n        y\n', 'f.py'))
        self.assertNotIn(ERRORTOKEN, [t[0] for t in toks])
        self.assertEqual([t[0] for t in toks].count(INDENT), 1)

    def test_implicit_joining(self):
        self.assertEqual(kinds(b'x = (1,\n  2)\n'),
                         [NAME, OP, OP, NUMBER, OP, NUMBER, OP, NEWLINE, NEWLINE, ENDMARKER])

    def test_multiline_string_position(self):
        toks = tokenize(Source(b'x = """a\nb"""\n', 'f.py'))
        s = [t for t in toks if t[0] is STRING][0]
        self.assertEqual((s[2], s[3]), (2, -1))  # 2.7: end line, col -1

    def test_errors_are_deferred(self):
        toks = tokenize(Source(b'x = 1\ny = "abc\n', 'f.py'))
        self.assertEqual(toks[-1][0], ERRORTOKEN)
        self.assertEqual(toks[-1][1].msg, 'EOL while scanning string literal')

    def test_coding_cookie_translates_to_utf8(self):
        src = Source(b'# -*- coding: koi8-r -*-\nx = u"\xe9"\n', 'f.py')
        self.assertTrue(src.translated)
        self.assertIn('\xd0\x98', src.text)  # U+0418 as UTF-8 bytes in the latin-1 view

    def test_crlf_and_bom(self):
        src = Source(b'\xef\xbb\xbfx = 1\r\n', 'f.py')
        self.assertEqual(src.encoding, 'utf-8')
        self.assertEqual(src.text, 'x = 1\n\n')  # 2.7 leaves an extra line after a final \r\n

    def test_utf8_like_27(self):
        # (expected values printed by CPython 2.7.18)
        self.assertEqual(decode_utf8_27(b'\xed\xa0\x80'), '\ud800')  # lone surrogate passes
        self.assertEqual(decode_utf8_27(b'\xe0\x84\xb6'), '\ufffd\ufffd')
        self.assertEqual(decode_utf8_27(b'\xf0\x80\x80\x80'), '\ufffd\ufffd')
        self.assertEqual(decode_utf8_27(b'\xf1\x80\x80A'), '\ufffdA')
        with self.assertRaises(UnicodeDecodeError) as cm:
            decode_utf8_27(b'\xe0\x84', strict=True)
        self.assertEqual((cm.exception.start, cm.exception.end, cm.exception.reason),
                         (0, 2, 'unexpected end of data'))


if __name__ == '__main__':
    unittest.main()
