"""Re-check definition/option-assignment (batch A)."""
from _chkA import *
K,S,m=55,60,100
chk("shares sold at strike, short worth", m*S, 6_000)
chk("loss on assignment = intrinsic x 100", m*(S-K), 500)
q,Kp,ST=5,3_000,2_850
usd=q*max(Kp-ST,0); chk("writer owes (USD)", usd, 750); chk("per-put ITM amount", Kp-ST, 150)
chk("  in ETH at delivery price", usd/ST, 0.2632, 0.00005)
done()
