from _chkD import chk, done
def impact(levels, notional):
    q = cost = 0.0
    for px, sz in levels:
        take = min(sz, (notional-cost)/px); q += take; cost += take*px
        if cost >= notional-1e-9: break
    return notional/q, q
chk("IMN at 20x (5% IMR)", 200/0.05, 4000); chk("IMN at 50x (2% IMR)", 200/0.02, 10_000)
bids = [(100.20, 40), (100.15, 30), (100.10, 60)]; asks = [(100.25, 50), (100.30, 40), (100.40, 80)]
ib, qb = impact(bids, 10_000); ia, qa = impact(asks, 10_000)
chk("units at 100.10 in the sell", qb-70, 29.85, 0.005); chk("impact bid", ib, 100.155, 0.0005); chk("impact ask", ia, 100.285, 0.0005)
I = 100.0
prem = (max(ib-I, 0)-max(I-ia, 0))/I; chk("premium (%) exact", prem*100, 0.155, 0.0005)
chk("premium (%) from rounded IB", (100.155-100)/100*100, 0.155)
chk("5 s samples in 8 h", 8*3600/5, 5760)
n = 5760; w = sum(range(n//2+1, n+1))/sum(range(1, n+1)); chk("weight share of 2nd half", w, 0.75, 0.001)
done()
