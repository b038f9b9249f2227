from _chkD import chk, done
F, S = 99_000, 100_000
chk("gain if spot flat (USD)", S-F, 1_000)
chk("gain as % of futures price", (S-F)/F*100, 1.01)
done()
