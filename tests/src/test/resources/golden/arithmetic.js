// Numbers: int fast paths, overflow to double, -0, NaN, division and remainder rules.
console.log(1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 % 3, -7 % 3, 2 ** 10);
console.log(2147483647 + 1, -2147483648 - 1, 65536 * 65536);
console.log(0 * -1, -0, 1 / 0, -1 / 0, 0 / 0, 5 % 0);
console.log(0.1 + 0.2, 1e21, 1e-7, 123456789012345680000, 1.5e300 * 1e10);
console.log(10 / 5, 1 / 3, -8 / 2, 0 / -5);
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 31, -16 >> 2, -16 >>> 28, 3000000000 | 0);
console.log(+'42', +' 12 ', +'0x1f', +'1e3', +'abc', +'', +true, +null);
console.log('3' * '4', '10' - 3, '5' + 3, 3 + '5', 1 + 2 + '3');
let i = 0;
i++;
i += 10;
i *= 3;
i -= 1;
i **= 2;
console.log(i, i++, i, ++i, i--, --i);
