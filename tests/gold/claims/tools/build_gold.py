#!/usr/bin/env python3
"""Turns the hand-written annotations.txt into dev.jsonl / test.jsonl with character offsets.

Only locates the annotated strings in the article text (in document order, per annotation type); it never
decides what is a quote, figure or time expression. Usage (from the repository root):
    python3 tests/gold/claims/tools/build_gold.py [--news /path/to/shared/data/news]
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.dirname(HERE)
CLOSERS = '”"’»'


def main():
    news = os.path.join(GOLD, '..', '..', '..', '..', '..', 'shared', 'data', 'news')
    if '--news' in sys.argv:
        news = sys.argv[sys.argv.index('--news') + 1]
    docs, doc = [], None
    for n, line in enumerate(open(os.path.join(GOLD, 'annotations.txt'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        f = line.split('|')
        where = f'annotations.txt:{n}'
        if f[0] == 'DOC':
            text = open(os.path.join(news, f[1]), encoding='utf-8').read()
            doc = {'id': os.path.splitext(os.path.basename(f[1]))[0], 'source': 'news/' + f[1],
                   'date': f[2] or None, 'split': f[3], 'text': text, 'quotes': [], 'figures': [], 'timexes': [],
                   '_cur': {'Q': 0, 'F': 0, 'T': 0}}
            docs.append(doc)
        elif f[0] == 'Q':
            speaker, ref, kind, prefix, suffix = f[1], f[2], f[3], f[4], f[5] if len(f) > 5 else ''
            start = find(doc, 'Q', prefix, where)
            if suffix:
                end = doc['text'].find(suffix, start)
                if end < 0: die(where, f'suffix not found: {suffix}')
                end += len(suffix)
            else:
                end = next((i for i in range(start + len(prefix) - 1, len(doc['text'])) if doc['text'][i] in CLOSERS), -1)
                if end < 0: die(where, 'no closing quote mark')
            doc['_cur']['Q'] = start + 1
            doc['quotes'].append({'start': start, 'end': end, 'text': doc['text'][start:end], 'speaker': speaker or None,
                                  'speaker_ref': ref or None, 'direct': kind == 'd'})
        elif f[0] == 'F':
            value, vmax, qual, kind, group, source, status, snippet = f[1:9]
            start = find(doc, 'F', snippet, where)
            doc['_cur']['F'] = start + 1
            doc['figures'].append({'start': start, 'end': start + len(snippet), 'text': snippet, 'value': float(value),
                                   'value_max': float(vmax) if vmax else None, 'qualifier': qual, 'kind': kind,
                                   'group': group or None, 'source': source or None, 'status': status})
        elif f[0] == 'T':
            value, text = f[1], f[2]
            if len(f) > 3:  # an explicit search offset, for expressions added out of document order
                saved = doc['_cur']['T']
                doc['_cur']['T'] = int(f[3])
                start = find(doc, 'T', text, where, word=True)
                doc['_cur']['T'] = saved
            else:
                start = find(doc, 'T', text, where, word=True)
                doc['_cur']['T'] = start + 1
            doc['timexes'].append({'start': start, 'end': start + len(text), 'text': text, 'value': value or None})
        else:
            die(where, 'unknown record ' + f[0])
    for split in ('dev', 'test'):
        with open(os.path.join(GOLD, split + '.jsonl'), 'w', encoding='utf-8') as out:
            for d in docs:
                if d['split'] != split: continue
                d['timexes'].sort(key=lambda t: t['start'])
                rec = {k: v for k, v in d.items() if not k.startswith('_') and k != 'split'}
                out.write(json.dumps(rec, ensure_ascii=False) + '\n')
    for split in ('dev', 'test'):
        ds = [d for d in docs if d['split'] == split]
        print(split, len(ds), 'docs', sum(len(d['quotes']) for d in ds), 'quotes',
              sum(len(d['figures']) for d in ds), 'figures', sum(len(d['timexes']) for d in ds), 'timexes')


def find(doc, kind, s, where, word=False):
    text, cur = doc['text'], doc['_cur'][kind]
    if word:
        m = re.compile(r'(?<!\w)' + re.escape(s) + r'(?!\w)').search(text, cur)
        i = m.start() if m else -1
    else:
        i = text.find(s, cur)
    if i < 0: die(where, f'not found after offset {cur}: {s}')
    return i


def die(where, msg):
    sys.exit(f'{where}: {msg}')


if __name__ == '__main__':
    main()
