"""Regenerate README.md from nbs/index.ipynb without Quarto (which cannot be installed on the dev machines):
nbdev's own notebook processing (`nbdev.serve.proc_nbs`, the step `nbdev_proc_nbs` and `nbdev_readme` run before Quarto)
followed by `pandoc -t gfm`. Where Quarto is available, `nbdev_readme` gives the same content.
`proc_nbs` is called directly: where Quarto is missing, `nbdev_proc_nbs` first tries to install it and then runs
`pip install -e .[dev]`, which removes and rewrites the console scripts while other tests may be running them.
Usage: python tools/readme.py [--check]"""
import json, re, subprocess, sys, tempfile, yaml
from pathlib import Path

def main(check=False):
    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, '-c', "from nbdev.serve import proc_nbs; proc_nbs(skip_file_re=r'^(?!index\\.ipynb$)')"],
                   cwd=root, check=True, capture_output=True)  # index.ipynb only
    nb = json.loads((root/'_proc'/'index.ipynb').read_text())
    front = ''.join(nb['cells'][0]['source'])
    meta = yaml.safe_load(front.strip().strip('-'))
    nb['cells'] = nb['cells'][1:]
    with tempfile.NamedTemporaryFile('w', suffix='.ipynb', delete=False) as f: json.dump(nb, f)
    lua = Path(f.name).with_suffix('.lua')
    lua.write_text('function Div(el) return el.content end\n')  # drop the per-cell <div> wrappers, as Quarto's gfm does
    body = subprocess.run(['pandoc', '-f', 'ipynb', '-t', 'gfm', '--wrap=none', '--lua-filter', str(lua), f.name],
                          check=True, capture_output=True, text=True).stdout
    Path(f.name).unlink(); lua.unlink()
    body = body.replace('](images/', '](nbs/images/')   # images and linked notebooks live in nbs/
    body = re.sub(r'\]\((?![a-z]+:)([\w/.-]+\.ipynb)\)', r'](nbs/\1)', body)
    out = f"# {meta['title']}\n\n" + (f"> {meta['description']}\n\n" if meta.get('description') else '') + body
    if check:
        if (root/'README.md').read_text() != out: sys.exit('README.md is out of date: run python tools/readme.py')
        return print('README.md is up to date')
    (root/'README.md').write_text(out)
    print(f'README.md: {len(out.splitlines())} lines')

if __name__ == '__main__': main(check='--check' in sys.argv[1:])
