#!/usr/bin/env python3
"""Writes marrow-clinical's CTCAE v5.0 term list (ctcae-v5.0-terms.tsv) from NCI's CTCAE_v5.0.xlsx.

NCI publishes CTCAE v5.0 (November 27, 2017) as CTCAE_v5.0.xlsx at
https://ctep.cancer.gov/protocoldevelopment/electronic_applications/ctc.htm; the copy converted
(sha256 dc11095f39227ef48402eb166cefaf0933bb7a0b0cc61c187649c0b19c6f601f, created by NCI on
2017-11-17, last modified 2017-11-27) was taken from the public GitHub repository
wanganlin00/ClinicalPredictionModel, commit 2c66162b54b0e9724542ddd9a5f6faeb58402d0d. CTCAE is a work
of the US government (NCI) and in the public domain.

From the sheet "CTCAE v5.0 Clean Copy" it keeps, per term: the MedDRA code, the MedDRA system organ
class, the term, and the grades the term defines (a grade whose cell is "-" is not defined). White
space is normalised (non-breaking spaces to spaces, runs of spaces to one). Python 3 standard
library only.

    python3 scripts/ctcae_terms.py CTCAE_v5.0.xlsx \
        > marrow-clinical/src/main/resources/org/marrow/clinical/ctcae/ctcae-v5.0-terms.tsv
"""
import zipfile, xml.etree.ElementTree as ET, re, sys, hashlib
src = sys.argv[1]
z = zipfile.ZipFile(src)
ns = {'m':'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
T = '{%s}t' % ns['m']
ss = [''.join(t.text or '' for t in si.iter(T)) for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns)]
wb = ET.fromstring(z.read('xl/workbook.xml'))
rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
RID = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id'
target = [rels[s.get(RID)] for s in wb.find('m:sheets', ns) if s.get('name') == 'CTCAE v5.0 Clean Copy'][0]
rows = []
for r in ET.fromstring(z.read('xl/' + target)).find('m:sheetData', ns).findall('m:row', ns):
    row = {}
    for c in r.findall('m:c', ns):
        col = re.match(r'[A-Z]+', c.get('r')).group(0)
        v = c.find('m:v', ns)
        row[col] = '' if v is None else (ss[int(v.text)] if c.get('t') == 's' else v.text)
    rows.append(row)
def clean(s):
    return ' '.join(s.replace('\xa0', ' ').split())
assert clean(rows[0]['A']) == 'MedDRA Code' and clean(rows[0]['C']) == 'CTCAE Term'
assert [clean(rows[0][c]) for c in 'DEFGH'] == ['Grade 1', 'Grade 2', 'Grade 3', 'Grade 4', 'Grade 5']
sha = hashlib.sha256(open(src, 'rb').read()).hexdigest()
out = sys.stdout
out.write('# CTCAE v5.0 terms: MedDRA code, MedDRA system organ class, term, the grades the term defines.\n')
out.write('# Source: NCI, Common Terminology Criteria for Adverse Events (CTCAE) v5.0, November 27, 2017,\n')
out.write('# CTCAE_v5.0.xlsx, sheet "CTCAE v5.0 Clean Copy" (sha256 %s).\n' % sha)
out.write('# A grade is defined when its cell is not "-". US government work (NCI), public domain.\n')
out.write('# Made by: python3 scripts/ctcae_terms.py CTCAE_v5.0.xlsx > ctcae-v5.0-terms.tsv (see the script for the copy used)\n')
out.write('meddra_code\tsoc\tterm\tgrades\n')
n = 0
for r in rows[1:]:
    code, soc, term = clean(r['A']), clean(r['B']), clean(r['C'])
    assert re.fullmatch(r'1\d{7}', code), code
    grades = ''.join(str(i + 1) for i, c in enumerate('DEFGH') if clean(r.get(c, '')) not in ('-', ''))
    assert grades, term
    assert '\t' not in term + soc
    out.write('%s\t%s\t%s\t%s\n' % (code, soc, term, grades))
    n += 1
print(n, file=sys.stderr)
