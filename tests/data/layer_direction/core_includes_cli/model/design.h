#pragma once
struct Design {};
