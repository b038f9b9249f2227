from _chkD import chk, done
D, C, b = 10_000, 10_200, 0.05
rep = C/(1+b); chk("max repay", rep, 9_714.29); chk("residual bad debt", D-rep, 285.71)
chk("threshold C >= D(1+b)", D*(1+b), 10_500)
chk("2.6M CRV ~ USD 1.6M implies CRV price", 1.6e6/2.6e6, 0.615, 0.05)
print("   CRV traded roughly USD 0.5-0.7 on 22-23 Nov 2022 -> consistent")
done()
