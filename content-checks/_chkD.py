"""Batch D re-check helper (stdlib only). Prints computed value beside the value the entry's text gives."""
import math
rows = []
def chk(label, computed, text, tol=None):
    if tol is None:
        tol = max(abs(text) * 5e-4, 5e-3)
    ok = abs(computed - text) <= tol
    rows.append(ok)
    print(f"{'OK ' if ok else 'XX '} {label:<58} computed={computed:>16,.6f}  text={text:>16,.6f}")
def done():
    print(f"\n{sum(rows)}/{len(rows)} numbers agree")
