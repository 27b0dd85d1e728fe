"""Developer helper (not part of the package): convert a jupytext percent-format .py into an nbdev notebook and back.
Usage: python tools/nb.py to-ipynb SRC.py DST.ipynb [OLD.ipynb ...] | to-py SRC.ipynb DST.py

to-ipynb gives each unchanged cell (same type and source) the id and the outputs it had in DST (if it exists) or in the
OLD notebooks (cells moved from one notebook to another keep theirs); run tools/outputs.py for the cells that changed."""
import sys, os, difflib, jupytext, nbformat

def keep_ids(cells, old_cells):
    "Give unchanged cells (same type and source, matched in order) the id and outputs they had in the old notebook: small diffs"
    key = lambda c: (c.cell_type, c.source)
    sm = difflib.SequenceMatcher(None, [key(c) for c in old_cells], [key(c) for c in cells], autojunk=False)
    for a, b, n in sm.get_matching_blocks():
        for i in range(n):
            c, o = cells[b+i], old_cells[a+i]
            c.id = o.id
            if c.cell_type == 'code': c.outputs = o.get('outputs', [])

def main(cmd, src, dst, *olds):
    nb = jupytext.read(src)
    if cmd == 'to-ipynb':
        nb.metadata = {'kernelspec': {'display_name': 'python3', 'language': 'python', 'name': 'python3'}}
        for c in nb.cells:
            c.metadata = {}
            if c.cell_type == 'code': c.outputs, c.execution_count = [], None
        old = [nbformat.read(p, as_version=4).cells for p in ([dst] if os.path.exists(dst) else []) + list(olds)]
        if old: keep_ids(nb.cells, [c for cs in old for c in cs])
        nbformat.write(nb, dst)
    elif cmd == 'to-py': jupytext.write(nb, dst, fmt='py:percent')
    else: raise SystemExit(__doc__)
if __name__ == '__main__': main(*sys.argv[1:])
