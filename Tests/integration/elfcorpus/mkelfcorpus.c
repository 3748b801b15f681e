// Writes the malformed-ELF corpus for the exec cases (Tests/integration/c/exec/elf_corpus.c)
// into the directory named on the command line. Every file is a mutation of one valid
// static x86_64 program (its entry calls exit(42)), written as `valid` too, so a broken
// template shows up as a failing control case rather than as a passing corpus.
// Names say what must happen:
//   both-*  execve fails with ENOEXEC on Linux and on Apus;
//   apus-*  Apus refuses with ENOEXEC before the point of no return; Linux loads the file
//           and then fails later (a signal kills the child, or execve fails with another
//           errno) — Apus validates more than Linux does on purpose (issue 3 §3).
#include <elf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define PAGE 4096
#define BASE 0x400000ULL
#define FILE_SIZE (2 * PAGE)

// mov edi, 42; mov eax, 60; syscall (exit(42)).
static const unsigned char exit42[] = {0xbf, 42, 0, 0, 0, 0xb8, 60, 0, 0, 0, 0x0f, 0x05};

struct image {
    unsigned char bytes[FILE_SIZE];
    size_t size;
};

static Elf64_Ehdr *header(struct image *im) { return (Elf64_Ehdr *)im->bytes; }
static Elf64_Phdr *phdr(struct image *im, int i) { return (Elf64_Phdr *)(im->bytes + sizeof(Elf64_Ehdr)) + i; }

/// One PT_LOAD (R+X) covering the first page, entry right after the headers; a second
/// PT_LOAD (R+W) for the second page.
static void valid(struct image *im) {
    memset(im, 0, sizeof *im);
    im->size = FILE_SIZE;
    Elf64_Ehdr *h = header(im);
    memcpy(h->e_ident, ELFMAG, SELFMAG);
    h->e_ident[EI_CLASS] = ELFCLASS64;
    h->e_ident[EI_DATA] = ELFDATA2LSB;
    h->e_ident[EI_VERSION] = EV_CURRENT;
    h->e_type = ET_EXEC;
    h->e_machine = EM_X86_64;
    h->e_version = EV_CURRENT;
    h->e_phoff = sizeof(Elf64_Ehdr);
    h->e_ehsize = sizeof(Elf64_Ehdr);
    h->e_phentsize = sizeof(Elf64_Phdr);
    h->e_phnum = 2;
    size_t code = sizeof(Elf64_Ehdr) + 2 * sizeof(Elf64_Phdr);
    h->e_entry = BASE + code;
    memcpy(im->bytes + code, exit42, sizeof exit42);
    Elf64_Phdr *text = phdr(im, 0);
    text->p_type = PT_LOAD; text->p_flags = PF_R | PF_X; text->p_offset = 0; text->p_vaddr = BASE;
    text->p_paddr = BASE; text->p_filesz = PAGE; text->p_memsz = PAGE; text->p_align = PAGE;
    Elf64_Phdr *data = phdr(im, 1);
    data->p_type = PT_LOAD; data->p_flags = PF_R | PF_W; data->p_offset = PAGE; data->p_vaddr = BASE + PAGE;
    data->p_paddr = BASE + PAGE; data->p_filesz = PAGE; data->p_memsz = 2 * PAGE; data->p_align = PAGE;
}

static const char *directory;

static void emit(const char *name, struct image *im) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", directory, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(im->bytes, 1, im->size, f) != im->size || fclose(f) != 0) {
        fprintf(stderr, "mkelfcorpus: %s: %s\n", path, strerror(errno));
        exit(1);
    }
    if (chmod(path, 0755) != 0) { perror(path); exit(1); }
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: mkelfcorpus DIRECTORY\n"); return 2; }
    directory = argv[1];
    struct image im;

    valid(&im); emit("valid", &im);

    valid(&im); im.bytes[0] = 0x7e; emit("both-bad-magic", &im);
    valid(&im); im.size = 0; emit("both-empty", &im);
    valid(&im); im.size = 40; emit("both-truncated-header", &im);
    valid(&im); header(&im)->e_type = ET_REL; emit("both-type-rel", &im);
    valid(&im); header(&im)->e_type = ET_CORE; emit("both-type-core", &im);
    valid(&im); header(&im)->e_type = ET_NONE; emit("both-type-none", &im);
    valid(&im); header(&im)->e_machine = EM_AARCH64; emit("both-machine-aarch64", &im);
    valid(&im); header(&im)->e_machine = EM_RISCV; emit("both-machine-riscv", &im);
    valid(&im); header(&im)->e_phentsize = sizeof(Elf64_Phdr) - 8; emit("both-phentsize-short", &im);
    valid(&im); header(&im)->e_phentsize = sizeof(Elf64_Phdr) + 8; emit("both-phentsize-long", &im);
    valid(&im); header(&im)->e_phnum = 0; emit("both-phnum-zero", &im);
    valid(&im); header(&im)->e_phnum = 0xffff; emit("both-phnum-huge", &im);
    valid(&im); header(&im)->e_phoff = FILE_SIZE + PAGE; emit("both-phoff-past-end", &im);
    valid(&im); header(&im)->e_phoff = ~0ULL - 8; emit("both-phoff-overflow", &im);

    valid(&im); phdr(&im, 1)->p_filesz = 3 * PAGE; emit("apus-filesz-over-memsz", &im);
    valid(&im); phdr(&im, 1)->p_offset = PAGE + 8; emit("apus-misaligned-offset", &im);
    valid(&im); phdr(&im, 1)->p_vaddr = BASE + 8; phdr(&im, 1)->p_offset = 8; emit("apus-overlapping", &im);
    valid(&im); header(&im)->e_entry = BASE + 16 * PAGE; emit("apus-entry-outside", &im);
    valid(&im); phdr(&im, 1)->p_offset = 64 * PAGE; emit("apus-segment-past-end", &im);
    valid(&im); phdr(&im, 1)->p_vaddr = 0x0000400000000000ULL; phdr(&im, 1)->p_paddr = phdr(&im, 1)->p_vaddr;
    emit("apus-segment-in-kernel-half", &im);
    valid(&im); phdr(&im, 1)->p_memsz = ~0ULL - PAGE; emit("apus-memsz-overflow", &im);
    valid(&im);
    {   // PT_INTERP naming a loader that does not exist: Apus runs static programs only.
        Elf64_Phdr *interp = phdr(&im, 1);
        static const char path[] = "/nonexistent/ld-linux-x86-64.so.2";
        memcpy(im.bytes + PAGE + 512, path, sizeof path);
        interp->p_type = PT_INTERP; interp->p_flags = PF_R; interp->p_offset = PAGE + 512;
        interp->p_vaddr = BASE + PAGE + 512; interp->p_filesz = sizeof path; interp->p_memsz = sizeof path;
        interp->p_align = 1;
        emit("apus-interpreter", &im);
    }
    return 0;
}
