"""Developer helper (not part of the package): convert a jupytext percent-format .py into an
nbdev notebook and back. Usage: python tools/nb.py to-ipynb SRC.py DST.ipynb | to-py SRC.ipynb DST.py"""
import sys, jupytext, nbformat
def main(cmd, src, dst):
    nb = jupytext.read(src)
    if cmd == 'to-ipynb':
        nb.metadata = {'kernelspec': {'display_name': 'python3', 'language': 'python', 'name': 'python3'}}
        for c in nb.cells:
            c.metadata = {}
            if c.cell_type == 'code': c.outputs, c.execution_count = [], None
        nbformat.write(nb, dst)
    elif cmd == 'to-py': jupytext.write(nb, dst, fmt='py:percent')
    else: raise SystemExit(__doc__)
if __name__ == '__main__': main(*sys.argv[1:])
