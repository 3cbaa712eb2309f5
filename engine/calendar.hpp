// Civil-date arithmetic for resolving relative dates (days since 1970-01-01,
// proleptic Gregorian; Howard Hinnant's algorithms).
#pragma once
#include "engine/document.hpp"

namespace argmap::calendar {

long days_from_civil(int y, int m, int d);
Date civil_from_days(long z);
int weekday(const Date& d);          // 1 = Monday ... 7 = Sunday
Date add_days(const Date& d, long n);
bool valid(int y, int m, int d);

}  // namespace argmap::calendar
