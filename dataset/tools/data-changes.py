#!/usr/bin/env python3
"""Writes the changes of the bundled data since an earlier release into dataset/DATA-CHANGES.md.

Usage: python3 dataset/tools/data-changes.py GIT_REV   (the commit or tag of the earlier release)

The earlier release's JSON files are read from git at GIT_REV and joined into one data file (with its version and
current-to day, the form `multilateral diff` reads). Files of the 2026.11 format, before every web source had a
tier, get the tier their sources then had: first-party. The diff itself is the library's
(`./multilateral diff OLD bundled --format markdown`); this script only prepares the old side and the page.
"""
import json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = 'dataset/src/main/resources/org/multilateral/dataset/data/'


def git_show(rev, path):
    return subprocess.run(['git', '-C', ROOT, 'show', f'{rev}:{path}'], check=True, capture_output=True,
                          text=True).stdout


def old_data(rev):
    manifest = json.loads(git_show(rev, DATA + 'manifest.json'))
    merged = {'version': manifest['version'], 'currentTo': manifest['currentTo'], 'sources': {}}
    for name in manifest['files']:
        part = json.loads(git_show(rev, DATA + name))
        for key, value in part.items():
            if key == 'sources':
                merged['sources'].update(value)
            else:
                merged.setdefault(key, []).extend(value)
    for source in merged['sources'].values():
        if 'url' in source and 'tier' not in source:
            source['tier'] = 'first-party'
    return merged


def main():
    rev = sys.argv[1]
    old = old_data(rev)
    with tempfile.NamedTemporaryFile('w', suffix='.json', delete=False) as f:
        json.dump(old, f, ensure_ascii=False)
        path = f.name
    diff = subprocess.run([os.path.join(ROOT, 'multilateral'), 'diff', path, 'bundled', '--format', 'markdown'],
                          check=True, capture_output=True, text=True).stdout
    version = json.loads(open(os.path.join(ROOT, DATA, 'manifest.json')).read())['version']
    page = os.path.join(ROOT, 'dataset', 'DATA-CHANGES.md')
    before = open(page).read() if os.path.exists(page) else ''
    head = '# Data changes\n\nWhat each data release added, changed and removed, fact by fact, with the sources of each ' \
           'fact; made by `dataset/tools/data-changes.py` with `./multilateral diff OLD NEW`.\n'
    body = before[len(head):] if before.startswith(head) else ''
    section = f'\n## {version} (since {old["version"]})\n\n' + diff
    open(page, 'w').write(head + section + body)
    os.unlink(path)


if __name__ == '__main__':
    main()
