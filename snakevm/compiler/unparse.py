"""Annotation strings for ``from __future__ import annotations`` (PEP 563).

CPython turns each annotation back into source text with its C unparser
(Python/ast_unparse.c).  The stdlib ``ast.unparse`` produces the same text in
almost every case; the differences found so far are adjusted here:

* a generator expression that is a call's only argument is written without
  its own parentheses: ``f(x for x in y)``.
"""

import ast

_Base = getattr(ast, "_Unparser", None)


if _Base is not None:
    class _AnnotationUnparser(_Base):
        def visit_Call(self, node):
            if (len(node.args) == 1 and not node.keywords
                    and isinstance(node.args[0], ast.GeneratorExp)):
                self.set_precedence(ast._Precedence.ATOM, node.func)
                self.traverse(node.func)
                gen = node.args[0]
                with self.delimit("(", ")"):
                    self.traverse(gen.elt)
                    for comp in gen.generators:
                        self.traverse(comp)
                return
            super().visit_Call(node)
else:
    _AnnotationUnparser = None


def unparse_annotation(node):
    if _AnnotationUnparser is None:
        return ast.unparse(node)
    return _AnnotationUnparser().visit(node)
