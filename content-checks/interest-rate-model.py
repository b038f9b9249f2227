# Recheck of term/interest-rate-model table
import math
R0, s1, s2, Us, RF = 0.0, 0.04, 0.60, 0.90, 0.10
def rb(U): return R0 + s1*U/Us if U <= Us else R0 + s1 + s2*(U-Us)/(1-Us)
text = {0.50:("2.22","1.00"),0.80:("3.56","2.56"),0.90:("4.00","3.24"),0.92:("16.00","13.25"),0.95:("34.00","29.07"),1.00:("64.00","57.60")}
for U,(tb,ts) in text.items():
    b = rb(U); s = b*U*(1-RF)
    print(f"U={U:.2f}: borrow {b*100:.3f}% (text {tb}%)  supply {s*100:.3f}% (text {ts}%)")
print("ratio 92% vs 90%:", rb(0.92)/rb(0.90), "(text: quadruple)")
print("34%% per-second compounding over a year: %.3f%% (text about 40.5%%)" % ((math.exp(0.34)-1)*100))
n=31536000; print("  discrete per-second: %.3f%%" % (((1+0.34/n)**n-1)*100))
x=0.34; print("  Aave 3rd-order approximation without index updates: %.3f%%" % ((x + x*x/2 + x**3/6)*100))
