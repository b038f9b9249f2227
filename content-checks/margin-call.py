from _chkD import chk, done
chk("futures call to initial", 110_000-95_000, 15_000); chk("shortfall vs maintenance", 100_000-95_000, 5_000)
chk("ratio", 15_000/5_000, 3)
Pc = 100*(1-0.5)/(1-0.25); chk("Reg T / 4210 call price", Pc, 66.67, 0.005)
debt = 50.0; chk("equity/MV at call price", (Pc-debt)/Pc, 0.25, 1e-12)
chk("fall (fraction)", 1-Pc/100, 1/3, 1e-9)
done()
