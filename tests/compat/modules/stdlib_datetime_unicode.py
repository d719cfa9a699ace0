# unicode formats: strftime/strptime take them as 2.7's "s#"/"s" do (ascii-encoded).
import datetime as D
def t(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print label, r
d = D.datetime(2020, 1, 2, 3, 4, 5, 6)
t('strftime u', lambda: d.strftime(u'%Y-%m %f'))
t('date strftime u', lambda: d.date().strftime(u'%Y'))
t('time strftime u', lambda: d.time().strftime(u'%H'))
t('format u', lambda: format(d, u'%Y'))
t('format u empty', lambda: format(d, u''))
t('uformat', lambda: u'{0:%Y} {0}'.format(d))
t('strftime nonascii', lambda: d.strftime(u'\xe9%Y'))
t('strptime u', lambda: D.datetime.strptime(u'2020', u'%Y'))
t('strptime u nonascii', lambda: D.datetime.strptime(u'\xe92020', u'\xe9%Y'))
t('isoformat u', lambda: d.isoformat(u'T'))
t('unicode(d)', lambda: unicode(d))
t('str % d', lambda: '%s|%r' % (d, d.date()))
t('strftime bytes nonascii', lambda: d.strftime('\xc3\xa9 %Y'))
