"""pyexpat over the host Expat: ElementTree parse/fromstring/iterparse/XMLPullParser, ParseError codes, minidom, sax, guest handlers that raise, errors/model constants."""
import xml.etree.ElementTree as ET
from xml.dom import minidom
import xml.sax, io
root = ET.fromstring('<a x="1"><b>text</b><c/><!-- c --><d y="2">tail</d></a>')
print(root.tag, root.attrib, [c.tag for c in root], root.find('b').text, ET.tostring(root))
tree = ET.parse(io.BytesIO(b'<?xml version="1.0" encoding="utf-8"?><r xmlns:p="urn:p"><p:i>\xc3\xa9</p:i></r>'))
print(tree.getroot()[0].tag, tree.getroot()[0].text)
try:
    ET.fromstring('<a><b></a>')
except ET.ParseError as e:
    print("ParseError", e, e.code, e.position)
doc = minidom.parseString('<x><y z="1">hi</y></x>')
print(doc.documentElement.tagName, doc.getElementsByTagName('y')[0].getAttribute('z'), doc.toxml())
class H(xml.sax.ContentHandler):
    def startElement(self, name, attrs): print("start", name, dict(attrs))
    def characters(self, c): print("chars", repr(c))
xml.sax.parseString(b'<q k="v">z</q>', H())
import pyexpat
p = pyexpat.ParserCreate()
def boom(name, attrs): raise KeyError(name)
p.StartElementHandler = boom
try: p.Parse('<zz/>', True)
except KeyError as e: print("KeyError", e)
print(p.StartElementHandler is boom, pyexpat.ErrorString(2), pyexpat.errors.XML_ERROR_SYNTAX, pyexpat.model.XML_CTYPE_ANY)
print([e.tag for e in ET.iterparse(io.BytesIO(b'<a><b/><c/></a>'))] if False else [el.tag for _, el in ET.iterparse(io.BytesIO(b'<a><b/><c/></a>'))])
pp = ET.XMLPullParser(['start', 'end']); pp.feed('<a><b>'); print([(e, el.tag) for e, el in pp.read_events()])
