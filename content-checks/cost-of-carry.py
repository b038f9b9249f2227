from _chkD import chk, done
import math
S, r, q, T = 3000, 0.05, 0.03, 90/365
F = S*math.exp((r-q)*T); chk("fair ETH future", F, 3014.83); chk("fair basis", F-S, 14.83)
cc = math.log(3060/3000)*365/90; chk("implied carry, continuous (%)", cc*100, 8.03)
sc = (3060/3000-1)*365/90; chk("implied carry, simple (%)", sc*100, 8.11)
chk("implied dollar rate = carry + staking (%)", (cc+q)*100, 11.03)
chk("interest leg 0.01%/8h annualised (%)", 0.01*3*365, 10.95)
done()
