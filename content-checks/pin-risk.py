"""Re-check definition/pin-risk (batch A)."""
from _chkA import *
n,m,K,close=100,100,50,50.02
hedge=0.5*n*m; chk("hedge shares at delta 0.5", hedge, 5_000)
chk("ITM amount", close-K, 0.02, 1e-9); chk("above 0.01 threshold (1=yes)", close-K>=0.01, 1)
chk("all exercised: net shares (short 5,000)", hedge-n*m, -5_000); chk("none exercised: long", hedge, 5_000)
chk("unhedged exposure USD", 5_000*K, 250_000, 1_000)
sd2=.5*math.sqrt(2/365); chk("1 sd over 2 days at 50% (text: about 3.7%)", sd2*100, 3.7, 0.005)
chk("4% move in sd (text: just over one)", 4/(sd2*100), 1.08, 0.01)
sdwk=.5*math.sqrt((65.5/24)/365); print(f"   1 sd Fri 16:00 ET -> Mon 09:30 ET (65.5 h): {sdwk*100:.2f}%")
chk("cost of 4% move", 0.04*250_000, 10_000)
T=1/(365*24); S=K2=100_000
chk("ATM delta, 1h", fdelta(S,K2,T,.5), 0.5, 0.005)
chk("delta after -0.5%", fdelta(S*.995,K2,T,.5), 0.17, 0.006)
chk("delta after +0.5%", fdelta(S*1.005,K2,T,.5), 0.83, 0.006)
done()
