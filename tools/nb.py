"""Developer helper (not part of the package): convert a jupytext percent-format .py into an
nbdev notebook and back. Usage: python tools/nb.py to-ipynb SRC.py DST.ipynb | to-py SRC.ipynb DST.py"""
import sys, os, difflib, jupytext, nbformat

def keep_ids(cells, old_cells):
    "Give unchanged cells (same type and source, matched in order) the id they had in the old notebook: small diffs"
    key = lambda c: (c.cell_type, c.source)
    sm = difflib.SequenceMatcher(None, [key(c) for c in old_cells], [key(c) for c in cells], autojunk=False)
    for a, b, n in sm.get_matching_blocks():
        for i in range(n): cells[b+i].id = old_cells[a+i].id

def main(cmd, src, dst):
    nb = jupytext.read(src)
    if cmd == 'to-ipynb':
        nb.metadata = {'kernelspec': {'display_name': 'python3', 'language': 'python', 'name': 'python3'}}
        for c in nb.cells:
            c.metadata = {}
            if c.cell_type == 'code': c.outputs, c.execution_count = [], None
        if os.path.exists(dst): keep_ids(nb.cells, nbformat.read(dst, as_version=4).cells)
        nbformat.write(nb, dst)
    elif cmd == 'to-py': jupytext.write(nb, dst, fmt='py:percent')
    else: raise SystemExit(__doc__)
if __name__ == '__main__': main(*sys.argv[1:])
