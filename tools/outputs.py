"""Developer helper (not part of the package): run notebooks top to bottom and keep the outputs the docs site shows.

The documentation site renders the outputs saved in the notebooks (nbdev_docs does not execute them), so the notebooks
are committed with the outputs of their documentation cells, as fastai's and fastMONAI's are. This script refreshes them:
each notebook runs in its own process with execnb's `CaptureShell`, cell by cell in its own folder, skipping the cells
`nbdev_test` skips (`#| eval: false`, the `tst_flags` of settings.ini such as `#| slow`, `nbdev_export()` calls); the
outputs that render statically and are small are kept (PNG images, plain text, markdown, HTML; standard output with
progress-bar rewrites collapsed to their final state), the rest is dropped (widget views, progress bars, standard error,
anything over MAX_OUT bytes, the outputs of hidden cells and of cells that did not run). The notebook is then written
back and cleaned with `nbdev_clean`. A notebook whose run fails is left unchanged (exit code 1).

Usage, from the repository root: python tools/outputs.py [NB ...]
(default: every notebook under nbs/ except index.ipynb, whose output is the README; nbs/dev/ last, as its checks read
the other notebooks' outputs). Figures are drawn with MPLBACKEND=Agg.
tools/nb.py to-ipynb writes notebooks without outputs: run this afterwards for the notebooks you converted."""
import json, os, re, subprocess, sys, time
from pathlib import Path

MAX_OUT = 300_000                # bytes of one output (as JSON) kept at most
KEEP = ('image/png', 'text/plain', 'text/markdown', 'text/html')
SELF = Path(__file__).resolve()
ROOT = SELF.parents[1]

def _directives(cell):
    "The `#|` options of a code cell, as nbdev reads them"
    from fastcore.basics import AttrDict
    from nbdev.process import extract_directives
    return extract_directives(AttrDict(source=''.join(cell['source'])), remove=False)

def _runs(cell, flags):
    "Whether `nbdev_test` would run this cell"
    d = _directives(cell)
    if 'nbdev_export' + '(' in cell['source']: return False
    if d.get('eval:', [''])[0].lower() == 'false': return False
    return not (set(flags) & set(d))

def _shown(cell):
    "Whether the docs show this cell's outputs"
    d = _directives(cell)
    opt = lambda k: d.get(k + ':', [''])[0].lower()
    return 'hide' not in d and opt('include') != 'false' and opt('output') != 'false'

def _final_text(text):
    "Standard output as a terminal leaves it: of a line rewritten with carriage returns, only the last version"
    return '\n'.join(l.rstrip('\r').rsplit('\r', 1)[-1] for l in text.split('\n'))

def keep_output(o):
    "The output as the docs should keep it, or None"
    if o['output_type'] == 'stream':
        if o['name'] != 'stdout': return None
        text = _final_text(''.join(o['text']))
        o = {**o, 'text': text.splitlines(True)}
        return o if text else None
    if o['output_type'] not in ('display_data', 'execute_result'): return None
    data = o.get('data', {})
    if any('widget' in k for k in data): return None
    if '<progress' in ''.join(data.get('text/html', [])): return None
    data = {k: v for k, v in data.items() if k in KEEP}
    if not data: return None
    return {**o, 'data': data, 'metadata': {k: v for k, v in o.get('metadata', {}).items() if k in data}}

def run_one(nb_path):
    "Execute `nb_path` (in its folder) and write it back with the kept outputs; True on success"
    os.environ['MPLBACKEND'] = 'Agg'
    from execnb.nbio import read_nb, write_nb
    from execnb.shell import CaptureShell
    from fastcore.xtras import working_directory
    from nbdev.config import get_config
    flags = get_config().tst_flags.split()
    nb_path = Path(nb_path).resolve()
    sys.path.insert(0, str(ROOT))                          # as nbdev_test: the repository's package first
    nb = read_nb(nb_path)
    shell = CaptureShell(nb_path)
    with working_directory(nb_path.parent):
        for i, cell in enumerate(nb.cells):
            if cell.cell_type != 'code': continue
            if not _runs(cell, flags): cell.outputs = []; continue
            outs = shell.run(cell.source)
            if shell.exc is not None:
                sys.stderr.write(f'{nb_path.name}: cell {i} failed, notebook left unchanged\n' + ''.join(
                    l for o in outs if o['output_type'] == 'error' for l in o['traceback']) + '\n')
                return False
            kept = [k for k in map(keep_output, outs) if k is not None] if _shown(cell) else []
            for o in kept:
                if len(json.dumps(o)) > MAX_OUT:
                    print(f'{nb_path.name}: cell {i}: dropped a {len(json.dumps(o))//1000} kB output (over {MAX_OUT//1000} kB)')
            cell.outputs = [o for o in kept if len(json.dumps(o)) <= MAX_OUT]
    write_nb(nb, nb_path)
    subprocess.run(['nbdev_clean', '--fname', str(nb_path)], check=True)
    return True

def main(args):
    if args[:1] == ['--one']: os.chdir(ROOT); sys.exit(0 if run_one(args[1]) else 1)
    if not (Path('settings.ini').exists() and Path('nbs').is_dir()): sys.exit('run tools/outputs.py from the repository root')
    nbs = [Path(a) for a in args] or sorted((p for p in Path('nbs').rglob('*.ipynb') if p.name != 'index.ipynb'
                                            and not any(s.startswith(('.', '_')) for s in p.parts)),
                                           key=lambda p: (p.parts[1] == 'dev', p))   # the docs checks read the others' outputs: last
    failed = []
    for nb in nbs:
        t = time.time()
        ok = subprocess.run([sys.executable, str(SELF), '--one', str(nb.resolve())], env={**os.environ, 'MPLBACKEND': 'Agg'}).returncode == 0
        size = nb.stat().st_size/1e3
        print(f"{nb}: {'outputs written' if ok else 'FAILED, unchanged'} ({size:.0f} kB, {time.time() - t:.0f} s)")
        if not ok: failed.append(nb)
    if failed: sys.exit(f"failed: {' '.join(map(str, failed))}")

if __name__ == '__main__': main(sys.argv[1:])
