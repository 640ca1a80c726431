"""The visualizer's page: viewer.html (plain HTML, CSS and JavaScript written in
this repository) with the recorded trace put inside it as JSON, so the page is
one self-contained file -- no server, no network, no build step."""

import json
import os

TEMPLATE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "viewer.html")


def render(trace, title):
    with open(TEMPLATE, encoding="utf-8") as f:
        template = f.read()
    data = json.dumps(trace).replace("</", "<\\/")      # cannot close the script element
    return template.replace("{{TITLE}}", _escape(title)).replace("{{TRACE}}", data)


def _escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))
