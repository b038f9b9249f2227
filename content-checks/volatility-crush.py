from _chkC import *  # noqa: F401,F403 (Black-Scholes, its Greeks and row)
# Recheck of term/volatility-crush (batch C)
S=K=100000
sE=math.sqrt(0.60**2*7/365-0.45**2*7/365)
row("implied event move","~5.50%",sE*100,"%.3f%%")
row("USD event move","~5,500",sE*S,"%.0f")
def strad(S,d,s): T=d/365; return call(S,K,T,s)+put(S,K,T,s)
p0=strad(S,7,0.60); row("straddle 7d 60%","6,627.79",p0,"%.2f")
p1=strad(S,6,0.45); row("straddle 6d 45%","4,602.79",p1,"%.2f")
row("loss","2,025.00",p0-p1,"%.2f"); row("loss %","~31%",(p0-p1)/p0*100,"%.2f%%")
p60=strad(S,6,0.60); row("time decay at 60%","491.40",p0-p60,"%.2f")
row("crush part","1,533.60",p60-p1,"%.2f")
# break-even: move X on event day such that straddle (6d,45%) at S+X equals p0
lo,hi=0.0,20000.0
for _ in range(100):
    m=(lo+hi)/2
    if strad(S+m,6,0.45)<p0: lo=m
    else: hi=m
row("break-even up-move (text now ~5,500)","~5,500",lo,"%.1f")
lo,hi=0.0,20000.0
for _ in range(100):
    m=(lo+hi)/2
    if strad(S-m,6,0.45)<p0: lo=m
    else: hi=m
row("break-even down-move (text now ~5,740)","~5,740",lo,"%.1f")
