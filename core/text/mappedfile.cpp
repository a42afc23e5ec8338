#include "mappedfile.h"

#include "mappingguard.h"

#include <QMutexLocker>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#endif

namespace lt::text {

MappedFile::~MappedFile()
{
    if (m_map) {
        mappingguard::unprotect(m_map);
        m_file.unmap(const_cast<uchar *>(m_map));
    }
}

bool MappedFile::open(const QString &path, bool allowMapping)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = m_file.errorString();
        return false;
    }
    m_size = m_file.size();
    // Mapping can fail (32-bit address space, some network and special files); positioned
    // reads then serve every request, just slower.
    if (allowMapping && m_size > 0) {
        m_map = m_file.map(0, m_size);
        mappingguard::protect(m_map, m_size);
    }
    return true;
}

QByteArrayView MappedFile::bytes(qint64 offset, qint64 length, QByteArray &scratch) const
{
    if (offset < 0 || length <= 0)
        return {};
    if (m_map && offset < m_size) {
        length = qMin(length, m_size - offset);
        return QByteArrayView(reinterpret_cast<const char *>(m_map + offset), length);
    }
    QMutexLocker lock(&m_readLock);
    if (!m_file.seek(offset))
        return {};
    scratch.resize(length);
    const qint64 got = m_file.read(scratch.data(), length);
    if (got <= 0)
        return {};
    scratch.resize(got);
    return QByteArrayView(scratch);
}

void MappedFile::adviseSequential() const
{
#ifdef Q_OS_UNIX
    if (m_map) {
        // madvise wants a page-aligned address; QFile::map of offset 0 is.
        ::madvise(const_cast<uchar *>(m_map), size_t(m_size), MADV_SEQUENTIAL);
    }
#endif
}

} // namespace lt::text
