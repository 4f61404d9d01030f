/** Vietnamese messages of the uploads domain (merged into ../vi.ts under "uploads"). */
export const uploads = {
  title: "Tải tệp lên",
  or: "hoặc",
  errors: {
    notMultipart: "Yêu cầu tải lên không hợp lệ: cần gửi tệp qua biểu mẫu (multipart/form-data).",
    tooLarge: "Tệp “{name}” vượt quá giới hạn {max} MB.",
    type: "Tệp “{name}” không phải {kinds} (nhận diện theo nội dung).",
    empty: "Tệp “{name}” rỗng (0 byte).",
    nameEmpty: "Tệp không có tên.",
    namePath: "Tên tệp không được chứa đường dẫn (“{name}”).",
    nameControl: "Tên tệp chứa ký tự điều khiển không hợp lệ.",
    nameTooLong: "Tên tệp quá dài (tối đa {max} ký tự).",
    tooMany: "Chỉ được tải lên tối đa {max} tệp mỗi lần.",
    fields: "Dữ liệu gửi kèm tệp quá dài hoặc quá nhiều trường.",
    aborted: "Việc tải lên bị gián đoạn hoặc dữ liệu gửi lên không đầy đủ. Chưa có gì được lưu; vui lòng tải lên lại.",
  },
};
