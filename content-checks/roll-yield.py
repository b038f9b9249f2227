from _chkD import chk, done
S, F = 60_000, 60_500
chk("one-month roll loss (%)", (F-S)/F*100, 0.83)
chk("12 rolls at 0.8% premium, flat spot: loss", 1-(1/1.008)**12, 0.0912, 1e-4)
chk("same, as % ('about 9.1%')", (1-(1/1.008)**12)*100, 9.1, 0.05)
done()
