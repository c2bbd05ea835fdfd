// Atomic replacement of a file: temp file in the same folder, fsync, rename.
#include "format/design_format.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace cc::format {

void write_file_atomically(const std::string& requested, const std::string& bytes) {
    namespace fs = std::filesystem;
    // Through a symlink, replace what it points to: renaming over the link
    // itself would turn it into a regular file and leave the real one stale.
    std::error_code ec;
    fs::path resolved(requested);
    if (fs::is_symlink(fs::symlink_status(resolved, ec))) {
        const fs::path real = fs::weakly_canonical(resolved, ec); // follows every link in the chain
        if (!ec) resolved = real;
    }
    const std::string path = resolved.string();
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string tmpl = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0) throw InputError(path, std::string("cannot create a temporary file beside it: ") + std::strerror(errno));
    auto fail = [&](const char* what) {
        const std::string reason = std::strerror(errno);
        ::close(fd);
        ::unlink(tmpl.c_str());
        throw InputError(path, std::string(what) + ": " + reason + "; the previous file is unchanged");
    };
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("cannot write");
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) fail("cannot flush to disk");
    // Keep the permissions of the file being replaced (mkstemp creates 0600).
    struct stat st {};
    ::fchmod(fd, ::stat(path.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0644);
    if (::close(fd) != 0) {
        ::unlink(tmpl.c_str());
        throw InputError(path, std::string("cannot close the temporary file: ") + std::strerror(errno));
    }
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        ::unlink(tmpl.c_str());
        throw InputError(path, "cannot replace the file: " + reason + "; the previous file is unchanged");
    }
}

void save_design_file(const Design& d, const std::string& path) { write_file_atomically(path, write_design(d)); }

} // namespace cc::format
