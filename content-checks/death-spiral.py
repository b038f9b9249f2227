# Recheck of term/death-spiral table
X, S = 2e9, 350e6
for p, tm, ts in [(80,"25 million","7.1%"),(8,"250 million","71.4%"),(0.80,"2.5 billion","714%"),(0.08,"25 billion","7,143%")]:
    m = X/p; print(f"P={p}: minted {m:,.0f} (text {tm}) share {m/S*100:,.1f}% (text {ts})")
