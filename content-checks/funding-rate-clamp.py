from _chkD import chk, done
clamp = lambda x, lo, hi: max(lo, min(x, hi))
I = 0.01
for P in (-0.03, 0.0, 0.04, 0.06, 0.2):
    F = P + clamp(I-P, -0.05, 0.05); print(f"   avg premium {P:+.3f}% -> funding {F:.4f}%  (dead zone [-0.04, 0.06] gives exactly I)")
chk("BitMEX cap 75% x (1% - 0.5%) (%)", 0.75*(1-0.5), 0.375); chk("after MM 0.45% (%)", 0.75*(1-0.45), 0.4125)
chk("Binance BTCUSDT cap = 0.75 x 0.4% tier-1 MMR (%)", 0.75*0.4, 0.3)
chk("premium left in price (%)", 1.2-0.3, 0.9)
chk("capped rate held a year, 3/day (%)", 0.3*3*365, 328.5)
chk("max per day, 8-hourly (%)", 0.3*3, 0.9); chk("max per day, hourly (%)", 0.3*24, 7.2); chk("ratio", 7.2/0.9, 8)
done()
