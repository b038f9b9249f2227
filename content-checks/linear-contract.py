from _chkD import chk, done
chk("USD 300 move on 2 ETH long", 2*300, 600)
chk("50,000 USDC at 0.88: dollar drop", 50_000*(1-0.88), 6_000)
# 1x linear long: equity = E*Q + Q(P-E) = Q*P >= m*Q*P for all P>0
print("   1x linear long: equity Q*P vs requirement m*Q*P, equal only at P = 0 -> claim OK")
done()
