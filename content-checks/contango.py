from _chkD import chk, done
S = 100_000
for d, F, prem, ann in [(30, 100_900, 0.90, 10.95), (91, 102_400, 2.40, 9.63), (182, 104_500, 4.50, 9.02)]:
    p = (F/S-1)*100; a = p*365/d
    chk(f"{d}d premium (%)", p, prem); chk(f"{d}d annualised (%)", a, ann)
done()
