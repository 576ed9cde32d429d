// astdump FILE [-a] [-m exec|eval|single] [-t N]: prints the Krait AST of FILE in
// ast.dump format, or the SyntaxError as "ERROR type|msg|lineno|offset|end_lineno|end_offset".
// -a includes location attributes; -t N parses N times and prints the mean time (benchmark).
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "parser/ast_dump.h"
#include "parser/parser.h"

int main(int argc, char** argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: astdump FILE [-a] [-m mode] [-t N]\n");
        return 2;
    }
    bool attrs = false;
    int times = 0;
    bool many = false;
    krait::ParseMode mode = krait::ParseMode::File;
    for (int i = 2; i < argc; ++i) {
        if (!strcmp(argv[i], "-a")) attrs = true;
        else if (!strcmp(argv[i], "-t") && i + 1 < argc) times = atoi(argv[++i]);
        else if (!strcmp(argv[i], "-l")) many = true;
        else if (!strcmp(argv[i], "-m") && i + 1 < argc) {
            ++i;
            if (!strcmp(argv[i], "eval")) mode = krait::ParseMode::Eval;
            else if (!strcmp(argv[i], "single")) mode = krait::ParseMode::Single;
            else if (!strcmp(argv[i], "func_type")) mode = krait::ParseMode::FuncType;
        }
    }
    auto dumpOne = [&](const char* path) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            printf("ERROR cannot open %s\n", path);
            return;
        }
        std::stringstream ss;
        ss << in.rdbuf();
        std::string src = ss.str();
        krait::SyntaxErrorInfo err;
        if (times > 0) {
            auto t0 = std::chrono::steady_clock::now();
            for (int i = 0; i < times; ++i) {
                auto r = krait::parse(src, path, mode, err);
                if (!r) break;
            }
            auto t1 = std::chrono::steady_clock::now();
            printf("%.3f ms\n",
                   std::chrono::duration<double, std::milli>(t1 - t0).count() / times);
            return;
        }
        auto r = krait::parse(src, path, mode, err);
        if (!r) {
            printf("ERROR %s|%s|%d|%d|%d|%d\n", err.type.c_str(), err.msg.c_str(), err.lineno,
                   err.offset, err.endLineno, err.endOffset);
            return;
        }
        std::string s = krait::ast::dumpAst(*r->root, attrs);
        fwrite(s.data(), 1, s.size(), stdout);
        printf("\n");
    };
    if (many) {
        // FILE is a list of paths, one per line; outputs separated by a line "\x1e".
        std::ifstream in(argv[1]);
        std::string line;
        while (std::getline(in, line)) {
            dumpOne(line.c_str());
            printf("\x1e\n");
            fflush(stdout);
        }
        return 0;
    }
    dumpOne(argv[1]);
    return 0;
}
